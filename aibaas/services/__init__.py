"""Write services the app calls: staff reviews, community votes, task-bank QA actions.

Each function takes a session factory and the acting user's id, checks what that user may do in
the database (not in the page), validates its input with messages naming the field, and commits.
"""
