"""Writing outputs so that nothing is ever half-written: a temporary name, then an atomic rename.

The temporary file is hidden and carries the writer's process id (``.graph.trig.<pid>.<random>.tmp``).
A process killed with SIGKILL cannot remove it; the next write of the same file removes the ones whose
process is gone, so killed builds do not pile up debris.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

__all__ = ["ChunkStream", "atomic_write", "atomic_write_text", "remove_stale_temporaries"]

_UMASK = os.umask(0o022)
os.umask(_UMASK)


@contextmanager
def atomic_write(path: Path, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a temporary file beside ``path``; on success it replaces ``path`` in one rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(temporary, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are ordinary files
        with os.fdopen(handle, mode, encoding=None if "b" in mode else encoding) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Remove the temporary files of ``path`` left by writers that died; returns what was removed."""
    prefix = f".{path.name}."
    removed = []
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return removed
    for entry in entries:
        if not (entry.name.startswith(prefix) and entry.name.endswith(".tmp")):
            continue
        pid = entry.name[len(prefix):].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            Path(entry.path).unlink(missing_ok=True)
            removed.append(Path(entry.path))
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0 checks that the process exists, without touching it
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    return True


def atomic_write_text(path: Path, text: str) -> None:
    with atomic_write(path) as stream:
        stream.write(text)


class ChunkStream:
    """A file written as a series of chunks, each new or copied from the previous version of the file.

    A rebuild writes every output again, but most documents are unchanged: their bytes are already
    in the previous file, at a known place. ``copy`` takes them from there, and runs of chunks that
    lay side by side in the previous file are copied in one ``os.copy_file_range`` call, inside the
    kernel, without reading them into Python. Chunks are joined by ``separator`` (",\\n" between the
    objects of a JSON-LD array); each chunk's place in the new file is returned, for the next rebuild.
    """

    def __init__(self, stream: IO[bytes], separator: bytes = b"") -> None:
        self.stream = stream
        self.separator = separator
        self.position = 0
        self.chunks = 0
        self._run: tuple[int, int, int] | None = None  # (source descriptor, start, end) not yet copied

    def raw(self, data: bytes) -> None:
        """Bytes that are not a chunk: a header, a footer."""
        self._copy_run()
        self.stream.write(data)
        self.position += len(data)

    def write(self, chunk: bytes) -> tuple[int, int]:
        """Append a new chunk; returns its (offset, length)."""
        if not chunk:
            return self.position, 0
        self._copy_run()
        self._separate()
        self.stream.write(chunk)
        self.chunks += 1
        self.position += len(chunk)
        return self.position - len(chunk), len(chunk)

    def copy(self, source: int, offset: int, length: int) -> tuple[int, int]:
        """Append the chunk at ``offset`` in the file open as descriptor ``source``; returns its place here."""
        if not length:
            return self.position, 0
        run = self._run
        if run is not None and run[0] == source and offset == run[2] + len(self.separator):
            # Next to the previous chunk there, separator included: one copy for both.
            self._run = (source, run[1], offset + length)
            self.position += len(self.separator) + length
        else:
            self._copy_run()
            self._separate()
            self._run = (source, offset, offset + length)
            self.position += length
        self.chunks += 1
        return self.position - length, length

    def close(self) -> None:
        self._copy_run()
        self.stream.flush()

    def _separate(self) -> None:
        """The separator before a chunk that is not the first."""
        if self.chunks:
            self.stream.write(self.separator)
            self.position += len(self.separator)

    def _copy_run(self) -> None:
        if self._run is None:
            return
        source, start, end = self._run
        self._run = None
        self.stream.flush()
        target = self.stream.fileno()
        os.lseek(target, 0, os.SEEK_END)
        while start < end:
            copied = os.copy_file_range(source, target, end - start, start)
            if copied <= 0:
                raise OSError(f"could not copy bytes {start}-{end} of the previous output")
            start += copied
        self.stream.seek(0, os.SEEK_END)  # the buffered stream learns where the file now ends
