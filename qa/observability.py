"""Prometheus metrics (one registry per app) and JSON logs with request ids."""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Histogram

STAGE_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30)


@dataclass(frozen=True, slots=True)
class Metrics:
    """The service's metrics, registered in their own registry."""

    registry: CollectorRegistry
    requests: Counter
    latency: Histogram
    stages: Histogram
    abstentions: Counter
    fallbacks: Counter
    degraded: Counter

    @classmethod
    def create(cls) -> Metrics:
        """A fresh registry and its metrics."""
        registry = CollectorRegistry()
        return cls(
            registry=registry,
            requests=Counter(
                "treaty_qa_requests", "HTTP requests", ["route", "method", "status"], registry=registry
            ),
            latency=Histogram(
                "treaty_qa_request_seconds", "HTTP latency", ["route"], registry=registry,
                buckets=STAGE_BUCKETS,
            ),
            stages=Histogram(
                "treaty_qa_stage_seconds", "Pipeline stage latency", ["stage"], registry=registry,
                buckets=STAGE_BUCKETS,
            ),
            abstentions=Counter("treaty_qa_abstentions", "Abstained answers", registry=registry),
            fallbacks=Counter(
                "treaty_qa_extractive_fallbacks", "Generated answers overruled", registry=registry
            ),
            degraded=Counter("treaty_qa_degraded", "Answers given without the LLM", registry=registry),
        )  # fmt: skip

    def observe_answer(
        self, timings: dict[str, float], abstained: bool, mode: str, degraded: bool
    ) -> None:
        """Record one answer's stage timings and outcome."""
        for stage in ("retrieve", "generate", "total"):
            self.stages.labels(stage).observe(timings.get(stage, 0.0) / 1000)
        if abstained:
            self.abstentions.inc()
        if mode == "extractive_fallback":
            self.fallbacks.inc()
        if degraded:
            self.degraded.inc()


class JsonFormatter(logging.Formatter):
    """One JSON object per log line."""

    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, object] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key in ("request_id", "route", "status", "ms", "client"):
            if hasattr(record, key):
                payload[key] = getattr(record, key)
        if record.exc_info:
            payload["error"] = self.formatException(record.exc_info)
        return json.dumps(payload, ensure_ascii=False)


def configure_logging(level: str = "INFO") -> None:
    """JSON logs on stderr for the service's logger (called by the CLI, not at import)."""
    logger = logging.getLogger("treaty_qa")
    if not any(isinstance(h.formatter, JsonFormatter) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(JsonFormatter())
        logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
