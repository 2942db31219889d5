// The C# test harness: Mono has no NUnit in Debian, so tests mark public methods with
// [Aibaas.Test] and use Aibaas.Assert; Main runs every such method and prints TAP.
using System;
using System.Linq;
using System.Reflection;

namespace Aibaas
{
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class TestAttribute : Attribute { }

    public sealed class AssertionException : Exception
    {
        public AssertionException(string message) : base(message) { }
    }

    public static class Assert
    {
        public static void AreEqual(object expected, object actual)
        {
            if (!Equals(expected, actual))
                throw new AssertionException("expected <" + expected + "> but was <" + actual + ">");
        }

        public static void IsTrue(bool condition, string message = "expected true")
        {
            if (!condition) throw new AssertionException(message);
        }

        public static void IsFalse(bool condition, string message = "expected false")
        {
            if (condition) throw new AssertionException(message);
        }

        public static void Throws<T>(Action action) where T : Exception
        {
            try { action(); }
            catch (T) { return; }
            throw new AssertionException("expected " + typeof(T).Name);
        }
    }

    public static class Harness
    {
        public static int Main()
        {
            var tests = AppDomain.CurrentDomain.GetAssemblies()
                .SelectMany(a => a.GetTypes())
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
                .Where(m => m.GetCustomAttributes(typeof(TestAttribute), false).Length > 0)
                .OrderBy(m => m.DeclaringType.FullName + "." + m.Name, StringComparer.Ordinal)
                .ToList();
            Console.WriteLine("TAP version 13");
            int failed = 0;
            for (int i = 0; i < tests.Count; i++)
            {
                var method = tests[i];
                string name = method.DeclaringType.FullName + "." + method.Name;
                try
                {
                    object target = method.IsStatic ? null : Activator.CreateInstance(method.DeclaringType);
                    method.Invoke(target, null);
                    Console.WriteLine("ok " + (i + 1) + " - " + name);
                }
                catch (TargetInvocationException error)
                {
                    failed++;
                    string reason = error.InnerException.Message.Replace('\n', ' ');
                    Console.WriteLine("not ok " + (i + 1) + " - " + name + " # " + reason);
                }
            }
            Console.WriteLine("1.." + tests.Count);
            return failed == 0 ? 0 : 1;
        }
    }
}
