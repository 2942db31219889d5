"""The test provider server: OpenAI, Anthropic and Ollama wire protocols plus the model lists.

It is a real aiohttp server. Completion endpoints pass through `_admit`, which applies the
server's latency, its own rate limit and the next queued fault; each protocol then renders the
answer (or the protocol-specific fault) in its own format. `/_control/*` lets a test or a demo
change options, queue faults and read counters over HTTP.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from typing import Any, Literal

from aiohttp import web

from aibaas.providers.testserver.faults import (
    Fault,
    FaultKind,
    ServerOptions,
    ServerState,
    retry_after_headers,
)
from aibaas.providers.testserver.replies import (
    apply_limits,
    chunks,
    context_length,
    count_tokens,
    message_text,
    price_per_token,
    reply_text,
    stop_list,
)

Protocol = Literal["openai", "anthropic", "ollama"]
STATE = web.AppKey("state", ServerState)
_ERROR_TYPES = {401: "authentication_error", 429: "rate_limit_error", 400: "invalid_request_error"}


def error_response(
    protocol: Protocol, status: int, message: str, headers: dict[str, str] | None = None
) -> web.Response:
    """An error in the body shape the protocol's clients parse."""
    kind = _ERROR_TYPES.get(status, "api_error")
    body: dict[str, Any]
    if protocol == "anthropic":
        body = {"type": "error", "error": {"type": kind, "message": message}}
    elif protocol == "ollama":
        body = {"error": message}
    else:
        body = {"error": {"message": message, "type": kind, "code": kind}}
    return web.json_response(body, status=status, headers=headers)


def _authorised(request: web.Request, key: str | None) -> bool:
    if key is None:
        return True
    offered = {
        request.headers.get("Authorization", "").removeprefix("Bearer ").strip(),
        request.headers.get("x-api-key", ""),
        request.headers.get("x-goog-api-key", ""),
        request.query.get("key", ""),
    }
    return key in offered


async def _admit(request: web.Request, protocol: Protocol) -> Fault | web.Response | None:
    """Latency, auth, rate limit and generic faults; returns a fault the protocol must render."""
    state = request.app[STATE]
    if not _authorised(request, state.options.api_key):
        return error_response(protocol, 401, "invalid api key")
    fault = state.next_fault()
    await asyncio.sleep(state.options.latency_ms / 1000)
    if fault is None:
        return None
    if fault.kind is FaultKind.RATE_LIMIT:
        headers = retry_after_headers(fault.retry_after_s)
        return error_response(protocol, 429, "rate limit exceeded, slow down", headers)
    if fault.kind is FaultKind.SERVER_ERROR:
        return error_response(protocol, fault.status, "the server had an error, try again")
    if fault.kind is FaultKind.AUTH:
        return error_response(protocol, 401, "invalid api key")
    if fault.kind in (FaultKind.SLOW, FaultKind.TIMEOUT):
        await asyncio.sleep(fault.delay_ms / 1000)
        return None
    if fault.kind is FaultKind.CONTENT_FILTER:
        return error_response(
            protocol, 400, "content_policy_violation: output blocked by the content filtering policy"
        )
    return fault


def _prompt_of(messages: list[dict[str, Any]], system: str = "") -> str:
    parts = [system] if system else []
    parts.extend(message_text(m.get("content")) for m in messages)
    return "\n".join(p for p in parts if p)


def _answer(model: str, prompt: str, json_mode: bool, max_tokens: int | None, stop: Any) -> tuple[str, str]:
    return apply_limits(reply_text(model, prompt, json_mode), max_tokens, stop_list(stop))


async def _truncate(response: web.StreamResponse, request: web.Request, partial: str) -> web.StreamResponse:
    """Send half a chunk and drop the connection, as a proxy cutting a stream does."""
    await response.write(partial.encode())
    if request.transport is not None:
        request.transport.close()
    return response


# ---- OpenAI ---------------------------------------------------------------------------------


async def openai_chat(request: web.Request) -> web.StreamResponse:
    admitted = await _admit(request, "openai")
    if isinstance(admitted, web.Response):
        return admitted
    body = await request.json()
    model = str(body.get("model", ""))
    json_mode = (body.get("response_format") or {}).get("type") in ("json_object", "json_schema")
    prompt = _prompt_of(body.get("messages", []))
    max_tokens = body.get("max_completion_tokens") or body.get("max_tokens")
    text, finish = _answer(model, prompt, json_mode, max_tokens, body.get("stop"))
    usage: dict[str, Any] = {
        "prompt_tokens": count_tokens(prompt),
        "completion_tokens": count_tokens(text),
        "total_tokens": count_tokens(prompt) + count_tokens(text),
    }
    if admitted is not None and admitted.kind is FaultKind.WRONG_USAGE:
        usage = {"prompt_tokens": -7, "completion_tokens": "many"}
    ident, created = f"chatcmpl-{uuid.uuid4().hex[:24]}", int(time.time())
    headers = {"x-request-id": ident}
    if admitted is not None and admitted.kind is FaultKind.MALFORMED_JSON:
        return web.Response(
            text='{"id": "' + ident + '", "choices": [{"message": {"content": "half',
            headers=headers,
            content_type="application/json",
        )
    if not body.get("stream"):
        return web.json_response(
            {
                "id": ident,
                "object": "chat.completion",
                "created": created,
                "model": model,
                "choices": [
                    {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": finish}
                ],
                "usage": usage,
            },
            headers=headers,
        )
    response = web.StreamResponse(headers={**headers, "Content-Type": "text/event-stream"})
    await response.prepare(request)

    def event(delta: dict[str, Any], finish_reason: str | None) -> bytes:
        chunk = {
            "id": ident,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
        }
        return f"data: {json.dumps(chunk)}\n\n".encode()

    pieces = chunks(text)
    for number, piece in enumerate(pieces):
        if (
            admitted is not None
            and admitted.kind is FaultKind.TRUNCATED_STREAM
            and number == len(pieces) // 2
        ):
            return await _truncate(response, request, 'data: {"id": "' + ident + '", "choi')
        delta = {"role": "assistant", "content": piece} if number == 0 else {"content": piece}
        await response.write(event(delta, None))
        await asyncio.sleep(request.app[STATE].options.chunk_delay_ms / 1000)
    await response.write(event({}, finish))
    if (body.get("stream_options") or {}).get("include_usage"):
        tail = {
            "id": ident,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "choices": [],
            "usage": usage,
        }
        await response.write(f"data: {json.dumps(tail)}\n\n".encode())
    await response.write(b"data: [DONE]\n\n")
    await response.write_eof()
    return response


# ---- Anthropic ------------------------------------------------------------------------------


async def anthropic_messages(request: web.Request) -> web.StreamResponse:
    admitted = await _admit(request, "anthropic")
    if isinstance(admitted, web.Response):
        return admitted
    body = await request.json()
    model = str(body.get("model", ""))
    prompt = _prompt_of(body.get("messages", []), message_text(body.get("system", "")))
    text, finish = _answer(model, prompt, False, body.get("max_tokens"), body.get("stop_sequences"))
    stop_reason = "max_tokens" if finish == "length" else "end_turn"
    usage: dict[str, Any] = {"input_tokens": count_tokens(prompt), "output_tokens": count_tokens(text)}
    if admitted is not None and admitted.kind is FaultKind.WRONG_USAGE:
        usage = {"input_tokens": -3}
    ident = f"msg_{uuid.uuid4().hex[:24]}"
    headers = {"request-id": ident}
    if admitted is not None and admitted.kind is FaultKind.MALFORMED_JSON:
        return web.Response(
            text='{"id": "' + ident + '", "content": [', headers=headers, content_type="application/json"
        )
    message = {"id": ident, "type": "message", "role": "assistant", "model": model, "stop_sequence": None}
    if not body.get("stream"):
        return web.json_response(
            {
                **message,
                "content": [{"type": "text", "text": text}],
                "stop_reason": stop_reason,
                "usage": usage,
            },
            headers=headers,
        )
    response = web.StreamResponse(headers={**headers, "Content-Type": "text/event-stream"})
    await response.prepare(request)

    async def send(name: str, data: dict[str, Any]) -> None:
        await response.write(f"event: {name}\ndata: {json.dumps({'type': name, **data})}\n\n".encode())

    start_usage = {"input_tokens": usage.get("input_tokens", 0), "output_tokens": 1}
    await send(
        "message_start", {"message": {**message, "content": [], "stop_reason": None, "usage": start_usage}}
    )
    await send("content_block_start", {"index": 0, "content_block": {"type": "text", "text": ""}})
    pieces = chunks(text)
    for number, piece in enumerate(pieces):
        if (
            admitted is not None
            and admitted.kind is FaultKind.TRUNCATED_STREAM
            and number == len(pieces) // 2
        ):
            return await _truncate(response, request, 'event: content_block_delta\ndata: {"type": "cont')
        await send("content_block_delta", {"index": 0, "delta": {"type": "text_delta", "text": piece}})
        await asyncio.sleep(request.app[STATE].options.chunk_delay_ms / 1000)
    await send("content_block_stop", {"index": 0})
    await send(
        "message_delta",
        {
            "delta": {"stop_reason": stop_reason, "stop_sequence": None},
            "usage": {"output_tokens": usage.get("output_tokens", 0)},
        },
    )
    await send("message_stop", {})
    await response.write_eof()
    return response


# ---- Ollama ---------------------------------------------------------------------------------


async def ollama_chat(request: web.Request) -> web.StreamResponse:
    admitted = await _admit(request, "ollama")
    if isinstance(admitted, web.Response):
        return admitted
    body = await request.json()
    model = str(body.get("model", ""))
    options = body.get("options") or {}
    if request.path.endswith("/generate"):
        prompt = "\n".join(p for p in (str(body.get("system") or ""), str(body.get("prompt") or "")) if p)
    else:
        prompt = _prompt_of(body.get("messages", []))
    json_mode = body.get("format") is not None and body.get("format") != ""
    text, finish = _answer(model, prompt, json_mode, options.get("num_predict"), options.get("stop"))
    counts: dict[str, Any] = {"prompt_eval_count": count_tokens(prompt), "eval_count": count_tokens(text)}
    if admitted is not None and admitted.kind is FaultKind.WRONG_USAGE:
        counts = {"prompt_eval_count": -1}
    is_chat = request.path.endswith("/chat")
    created = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())

    def line(piece: str, done: bool) -> dict[str, Any]:
        payload: dict[str, Any] = {"model": model, "created_at": created, "done": done}
        if is_chat:
            payload["message"] = {"role": "assistant", "content": piece}
        else:
            payload["response"] = piece
        if done:
            payload.update({"done_reason": finish, "total_duration": 1_000_000, **counts})
        return payload

    if admitted is not None and admitted.kind is FaultKind.MALFORMED_JSON:
        return web.Response(text='{"model": "' + model + '", "message": {', content_type="application/json")
    if body.get("stream") is False:
        return web.json_response(line(text, True))
    response = web.StreamResponse(headers={"Content-Type": "application/x-ndjson"})
    await response.prepare(request)
    pieces = chunks(text)
    for number, piece in enumerate(pieces):
        if (
            admitted is not None
            and admitted.kind is FaultKind.TRUNCATED_STREAM
            and number == len(pieces) // 2
        ):
            return await _truncate(response, request, '{"model": "' + model + '", "mess')
        await response.write((json.dumps(line(piece, False)) + "\n").encode())
    await response.write((json.dumps(line("", True)) + "\n").encode())
    await response.write_eof()
    return response


# ---- model lists ----------------------------------------------------------------------------


async def models_v1(request: web.Request) -> web.Response:
    """OpenAI's list, or Anthropic's when the caller speaks Anthropic (it sends anthropic-version)."""
    state = request.app[STATE]
    if not _authorised(request, state.options.api_key):
        return error_response("openai", 401, "invalid api key")
    names = state.options.models
    if "anthropic-version" in request.headers:
        data = [
            {
                "type": "model",
                "id": n,
                "display_name": n.replace("-", " ").title(),
                "created_at": "2025-01-01T00:00:00Z",
            }
            for n in names
        ]
        return web.json_response(
            {
                "data": data,
                "has_more": False,
                "first_id": names[0] if names else None,
                "last_id": names[-1] if names else None,
            }
        )
    listed = [{"id": n, "object": "model", "created": 1735689600, "owned_by": "aibaas-test"} for n in names]
    return web.json_response({"object": "list", "data": listed})


async def models_openrouter(request: web.Request) -> web.Response:
    data = []
    for name in request.app[STATE].options.models:
        prompt_price, completion_price = price_per_token(name)
        data.append(
            {
                "id": f"test/{name}",
                "name": name,
                "created": 1735689600,
                "context_length": context_length(name),
                "pricing": {"prompt": f"{prompt_price:.10f}", "completion": f"{completion_price:.10f}"},
            }
        )
    return web.json_response({"data": data})


async def models_gemini(request: web.Request) -> web.Response:
    models = [
        {
            "name": f"models/{n}",
            "displayName": n,
            "inputTokenLimit": context_length(n),
            "outputTokenLimit": 8192,
            "supportedGenerationMethods": ["generateContent", "countTokens"],
        }
        for n in request.app[STATE].options.models
    ]
    return web.json_response({"models": models})


async def ollama_tags(request: web.Request) -> web.Response:
    models = [
        {
            "name": f"{n}:latest",
            "model": f"{n}:latest",
            "modified_at": "2025-01-01T00:00:00Z",
            "size": 1_000_000,
            "digest": n.encode().hex()[:12],
            "details": {"family": n.split("-")[0], "parameter_size": "7B"},
        }
        for n in request.app[STATE].options.models
    ]
    return web.json_response({"models": models})


async def ollama_show(request: web.Request) -> web.Response:
    body = await request.json()
    name = str(body.get("model") or body.get("name") or "")
    return web.json_response(
        {
            "details": {"family": name.split("-")[0]},
            "template": "{{ .Prompt }}",
            "model_info": {"general.context_length": context_length(name)},
        }
    )


# ---- control --------------------------------------------------------------------------------


async def control_faults(request: web.Request) -> web.Response:
    raw = await request.json()
    faults = [Fault.model_validate(f) for f in (raw if isinstance(raw, list) else [raw])]
    request.app[STATE].queue(*faults)
    return web.json_response(request.app[STATE].snapshot())


async def control_options(request: web.Request) -> web.Response:
    request.app[STATE].configure(ServerOptions.model_validate(await request.json()))
    return web.json_response(request.app[STATE].snapshot())


async def control_reset(request: web.Request) -> web.Response:
    request.app[STATE].reset()
    return web.json_response(request.app[STATE].snapshot())


async def control_stats(request: web.Request) -> web.Response:
    return web.json_response(request.app[STATE].snapshot())


def build_app(state: ServerState) -> web.Application:
    """The aiohttp application over one shared state."""
    app = web.Application()
    app[STATE] = state
    app.router.add_post("/v1/chat/completions", openai_chat)
    app.router.add_post("/chat/completions", openai_chat)
    app.router.add_post("/v1/messages", anthropic_messages)
    app.router.add_post("/api/chat", ollama_chat)
    app.router.add_post("/api/generate", ollama_chat)
    app.router.add_post("/api/show", ollama_show)
    app.router.add_get("/v1/models", models_v1)
    app.router.add_get("/models", models_v1)
    app.router.add_get("/api/v1/models", models_openrouter)
    app.router.add_get("/v1beta/models", models_gemini)
    app.router.add_get("/api/tags", ollama_tags)
    app.router.add_post("/_control/faults", control_faults)
    app.router.add_post("/_control/options", control_options)
    app.router.add_post("/_control/reset", control_reset)
    app.router.add_get("/_control/stats", control_stats)
    return app
