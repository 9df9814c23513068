"""What every screen needs, passed as one value: the core API, the change bus and the background."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.services import Services
from ui.background import JobRunner, Reader
from ui.operations import ChangeBus


@dataclass
class AppContext:
    services: Services
    bus: ChangeBus
    reader: Reader
    jobs: JobRunner

    @classmethod
    def create(cls, services: Services) -> AppContext:
        data_dir = services.store.data_dir
        return cls(services, ChangeBus(), Reader(data_dir), JobRunner(data_dir))

    @property
    def data_dir(self) -> Path:
        return self.services.store.data_dir

    def shutdown(self) -> None:
        """Stop background work; whoever opened :attr:`services` closes it afterwards."""
        self.jobs.shutdown()
        self.reader.shutdown()
