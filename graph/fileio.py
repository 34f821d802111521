"""Writing outputs so that nothing is ever half-written: a temporary name, then an atomic rename.

The temporary file is hidden and carries the writer's process id (``.graph.trig.<pid>.<random>.tmp``).
A process killed with SIGKILL cannot remove it; the next write of the same file removes the ones whose
process is gone, so killed builds do not pile up debris.
"""

from __future__ import annotations

import os
import queue
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterator

__all__ = ["AtomicFile", "ChunkStream", "Lane", "atomic_write", "atomic_write_text", "process_alive",
           "remove_stale_temporaries", "wait_all"]

_UMASK = os.umask(0o022)
os.umask(_UMASK)


class AtomicFile:
    """A file written under a temporary name beside ``path``: ``commit`` renames it onto ``path`` in
    one step (after an fsync, so that a crash never leaves a renamed but empty file), ``discard``
    removes it and leaves ``path`` as it was."""

    def __init__(self, path: Path, mode: str = "w", encoding: str | None = "utf-8") -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(self.path)
        handle, self.temporary = tempfile.mkstemp(prefix=f".{self.path.name}.{os.getpid()}.", suffix=".tmp",
                                                  dir=self.path.parent)
        try:
            os.chmod(self.temporary, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are ordinary files
            self.stream: IO[Any] = os.fdopen(handle, mode, encoding=None if "b" in mode else encoding)
        except BaseException:
            os.close(handle)
            Path(self.temporary).unlink(missing_ok=True)
            raise

    def commit(self) -> None:
        try:
            self.stream.flush()
            os.fsync(self.stream.fileno())
            self.stream.close()
            os.replace(self.temporary, self.path)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        self.stream.close()
        Path(self.temporary).unlink(missing_ok=True)


@contextmanager
def atomic_write(path: Path, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a temporary file beside ``path``; on success it replaces ``path`` in one rename."""
    file = AtomicFile(path, mode, encoding)
    try:
        yield file.stream
    except BaseException:
        file.discard()
        raise
    file.commit()


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
        if pid.isdigit() and not process_alive(int(pid)):
            Path(entry.path).unlink(missing_ok=True)
            removed.append(Path(entry.path))
    return removed


def process_alive(pid: int) -> bool:
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


class Lane:
    """Calls run one after another, in the order given, in a thread of their own.

    File work waits on the disk and the kernel (``os.copy_file_range``, writes, ``os.fsync``) with
    the GIL released, so the caller goes on with its Python meanwhile: on a machine with two cores a
    build parses, reads its cache and draws its views while its outputs are copied and synced.
    The queue is bounded, so a caller that runs ahead waits instead of holding every chunk in
    memory. The first call that fails ends the lane: later calls are skipped, and ``run`` or
    ``join`` raise its exception in the caller's thread.
    """

    DEPTH = 64  # calls waiting at most

    def __init__(self, name: str) -> None:
        self._calls: queue.Queue[tuple[Any, tuple[Any, ...]] | None] = queue.Queue(self.DEPTH)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._work, name=name, daemon=True)
        self._thread.start()

    def run(self, call: Any, *args: Any) -> None:
        """Queue ``call(*args)``; raises the exception of a call that failed before."""
        self._raise()
        self._calls.put((call, args))

    def join(self) -> None:
        """Wait for every queued call; the thread ends. Raises the first call's exception, if any."""
        if self._thread.is_alive():
            self._calls.put(None)
            self._thread.join()
        self._raise()

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def _work(self) -> None:
        while (item := self._calls.get()) is not None:
            if self._error is None:
                call, args = item
                try:
                    call(*args)
                except BaseException as error:  # noqa: BLE001 - handed to the caller's thread
                    self._error = error


def wait_all(*waiting: Any) -> None:
    """``wait()`` for each of ``waiting`` (detached streams and writers), all of them even when one
    fails; then raise the first failure."""
    error = None
    for item in waiting:
        try:
            item.wait()
        except BaseException as failure:  # noqa: BLE001 - the others are waited for too
            error = error or failure
    if error is not None:
        raise error


class ChunkStream:
    """An output file written as a series of chunks, each new or copied from the file's previous version.

    A rebuild writes every output again, but most documents are unchanged: their bytes are already
    in the previous file, at a known place. ``copy`` takes them from there, and runs of chunks that
    lay side by side in the previous file are copied in one ``os.copy_file_range`` call, inside the
    kernel, without reading them into Python. Chunks are joined by ``separator`` (",\\n" between the
    objects of a JSON-LD array); each chunk's place in the new file is returned, for the next rebuild.

    Nothing is written while the new file equals the beginning of the previous one (``previous``, an
    open descriptor): only at the first byte that differs is the temporary file opened and the
    common beginning copied into it. A file that ends up equal to its previous version is left
    alone (``unchanged``), so a rebuild with nothing changed rewrites nothing.

    The stream decides here what to write and where each chunk goes; the writing, copying and the
    final fsync and rename happen in order in a ``Lane`` of its own. Use it in a ``with`` block:
    the file replaces ``path`` (an ``AtomicFile``) when the block ends without an exception, and
    nothing happens to ``path`` when it raises. With ``detached=True`` the block ends without waiting
    for the file: ``wait()`` does, and raises what went wrong writing it.
    """

    RUN_BYTES = 64 << 20  # a run of copied chunks this long is handed to the lane without waiting for more

    def __init__(self, path: Path, separator: bytes = b"", previous: int | None = None, *,
                 detached: bool = False) -> None:
        self.path = Path(path)
        self.separator = separator
        self.previous = previous
        self.detached = detached
        self.position = 0
        self.chunks = 0
        self.unchanged = False
        self._file: AtomicFile | None = None  # opened at the first byte that differs from ``previous``
        self._run: tuple[int, int, int] | None = None  # (source descriptor, start, end) not yet copied
        self._lane: Lane | None = None  # started with the file

    def __enter__(self) -> ChunkStream:
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is not None:
            self.discard()
            return
        try:
            self.close()
            if not self.detached:
                self.wait()
        except BaseException:
            self.discard()  # a write that failed in the lane fails here: its file goes too
            raise

    def raw(self, data: bytes) -> None:
        """Bytes that are not a chunk: a header, a footer."""
        if not self._still_same(data):
            self._copy_run()
            self._write(data)
        self.position += len(data)

    def write(self, chunk: bytes) -> tuple[int, int]:
        """Append a new chunk; returns its (offset, length)."""
        if not chunk:
            return self.position, 0
        separator = self.separator if self.chunks else b""
        if not self._still_same(separator + chunk):
            self._copy_run()
            self._write(separator + chunk)
        self.chunks += 1
        self.position += len(separator) + len(chunk)
        return self.position - len(chunk), len(chunk)

    def copy(self, source: int, offset: int, length: int) -> tuple[int, int]:
        """Append the chunk at ``offset`` in the file open as descriptor ``source``; returns its place here."""
        if not length:
            return self.position, 0
        separator = self.separator if self.chunks else b""
        run = self._run
        if run is not None and run[0] == source and offset == run[2] + len(separator):
            # Next to what was copied before it there, separator included: one copy for both.
            self._run = (source, run[1], offset + length)
            if self._file is not None and self._run[2] - self._run[1] >= self.RUN_BYTES:
                self._copy_run()  # the lane copies it while the caller goes on
        elif self._same_so_far() and source == self.previous and offset == self.position:
            self._run = (source, 0, offset + length)  # the file's first bytes, where they were
        else:
            self._copy_run()
            self._write(separator)
            self._run = (source, offset, offset + length)
        self.position += len(separator) + length
        self.chunks += 1
        return self.position - length, length

    def diverge(self) -> None:
        """Say that the file will differ from its previous version (an article changed): the
        beginning they share is copied from now on, while the caller goes on (extracting that
        article), rather than at the first byte that differs. The file is then written even if no
        byte differs after all."""
        if self._same_so_far():
            self._start()
            self._copy_run()

    def close(self) -> None:
        """Write what is left and put the file in place, unless it is its previous version again.
        The last copy, the fsync and the rename are queued: ``wait`` waits for them."""
        if self._file is None and self.previous is not None \
                and self.position == os.fstat(self.previous).st_size and self._same_so_far():
            self.unchanged = True
            return
        self._copy_run()
        self._start()
        if self.previous is not None:
            # The previous version is replaced: its pages leave the page cache here, in the lane,
            # rather than when its last descriptor closes (a quarter of a second per GB, on the
            # caller's time).
            self._lane.run(os.posix_fadvise, self.previous, 0, 0, os.POSIX_FADV_DONTNEED)
        self._lane.run(self._file.commit)  # type: ignore[union-attr]

    def wait(self) -> None:
        """Wait until the file is in place (or found unchanged); raises what went wrong writing it,
        and then the previous file is still there."""
        if self._lane is None:
            return
        try:
            self._lane.join()
        except BaseException:
            self._file.discard()  # type: ignore[union-attr]
            raise

    def discard(self) -> None:
        """Give the new file up, once what is queued has run: ``path`` stays as it was."""
        if self._lane is not None:
            try:
                self._lane.join()
            finally:
                self._file.discard()  # type: ignore[union-attr]

    def _same_so_far(self) -> bool:
        """Whether everything appended so far is the previous file's beginning, not yet copied."""
        if self._file is not None or self.previous is None:
            return False
        return self.position == 0 if self._run is None else self._run == (self.previous, 0, self.position)

    def _still_same(self, data: bytes) -> bool:
        """Whether ``data``, appended now, keeps the new file equal to the previous one's beginning;
        if so it becomes part of the run to copy from there."""
        if not self._same_so_far():
            return False
        if os.pread(self.previous, len(data), self.position) != data:  # type: ignore[arg-type]
            return False
        self._run = (self.previous, 0, self.position + len(data))  # type: ignore[assignment]
        return True

    def _start(self) -> None:
        """The temporary file and the lane that writes it, at the first byte to write."""
        if self._file is None:
            self._file = AtomicFile(self.path, "wb")
            self._lane = Lane(f"write {self.path.name}")

    def _write(self, data: bytes) -> None:
        self._start()
        self._lane.run(self._file.stream.write, data)  # type: ignore[union-attr]

    def _copy_run(self) -> None:
        if self._run is None:
            return
        self._start()
        # A long run is synced as soon as it is copied: the disk writes it while the build goes on,
        # and the fsync before the rename is left with the end of the file.
        sync = self._run[2] - self._run[1] >= self.RUN_BYTES
        self._lane.run(_copy_range, self._run, self._file.stream, self.path.name, sync)  # type: ignore[union-attr]
        self._run = None


def _copy_range(run: tuple[int, int, int], stream: IO[bytes], name: str, sync: bool = False) -> None:
    """Append bytes ``start`` to ``end`` of the file open as ``source`` to ``stream``, in the kernel
    (and, with ``sync``, wait until they are on disk)."""
    source, start, end = run
    stream.flush()
    target = stream.fileno()
    os.lseek(target, 0, os.SEEK_END)
    while start < end:
        copied = os.copy_file_range(source, target, end - start, start)
        if copied <= 0:
            raise OSError(f"could not copy bytes {start}-{end} of the previous {name}")
        start += copied
    stream.seek(0, os.SEEK_END)  # the buffered stream learns where the file now ends
    if sync:
        os.fdatasync(target)
