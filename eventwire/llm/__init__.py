"""The optional model backend (`pip install 'eventwire[llm]'`, off unless EVENTWIRE_LLM_URL is set).

Any OpenAI-compatible chat server (vLLM, Ollama, llama.cpp's server, a hosted API):
`client` speaks the protocol; `structured` gets answers in a pydantic shape through the chain
json_schema -> json_object -> plain prompt, with one retry; `evidence` checks that every value
quotes the article; `cache` keeps answers by (model, prompt, text) hashes; `translate` turns a
non-English article into English whose every sentence cites its source; `second_opinion` asks
the model about low-confidence events.
"""

from eventwire.llm.backend import Backend, BackendStats, Task, backend_from_settings
from eventwire.llm.errors import AnswerError, BackendError, FormatRejected

__all__ = ["AnswerError", "Backend", "BackendError", "BackendStats", "FormatRejected", "Task",
           "backend_from_settings"]
