"""A small MCP server with a Zen-style `chat` tool, started over stdio by the MCP provider tests."""

from mcp.server.mcpserver import MCPServer

server = MCPServer("zen-test")


@server.tool()
def chat(prompt: str, model: str, temperature: float = 0.0) -> str:
    """Answer as the named model would: it states the model and quotes the prompt back."""
    if model == "refuses":
        raise ValueError("model refused the request")
    return f"[{model} t={temperature}] {prompt[::-1]}"


@server.tool()
def listmodels() -> str:
    """The models this server can reach, one per line."""
    return "zen-pro\nzen-flash\n"


if __name__ == "__main__":
    server.run("stdio")
