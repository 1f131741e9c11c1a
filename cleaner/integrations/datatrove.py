"""A datatrove pipeline step: ``pip install 'clean-article[datatrove]'``.

Use it like any step::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleaner.integrations.datatrove import CleanArticle

    LocalPipelineExecutor([JsonlReader("in/"), CleanArticle(), JsonlWriter("out/")]).run()

Each document's text is cleaned and its report goes into ``metadata[report_key]``, in the
fixed Arrow form (:meth:`~cleaner.model.Report.to_arrow_dict`) so Parquet writers can hold
it; ``Report.from_dict`` reads it back. A document whose text is not a string passes through
unchanged with ``{"error": reason}`` as its report, as in every record engine.
"""

from __future__ import annotations

from typing import Any

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from cleaner.config import Config
from cleaner.pipeline import cleaner_for


class CleanArticle(PipelineStep):  # type: ignore[misc]
    """Clean each document's text; the report goes into ``metadata[report_key]``
    (``None``: not kept). ``drop_empty`` drops documents left with no text."""

    name = "clean-article"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        config: Config | None = None,
        *,
        report_key: str | None = "clean_article",
        drop_empty: bool = False,
    ) -> None:
        super().__init__()
        self.config = config or Config()
        self.report_key = report_key
        self.drop_empty = drop_empty

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        cleaner = cleaner_for(self.config)
        for doc in data:
            self.stat_update("total")
            if not isinstance(doc.text, str):
                self.stat_update("not_a_string")
                self._report(doc, {"error": f"text is {type(doc.text).__name__}, not a string"})
                yield doc
                continue
            with self.track_time():
                result = cleaner.clean(doc.text)
            report = result.report
            self.stat_update("lines_removed", value=report.lines_in - report.lines_out)
            self.stat_update("chars_removed", value=report.chars_in - report.chars_out)
            doc.text = result.text
            self._report(doc, report.to_arrow_dict())
            if self.drop_empty and not doc.text.strip():
                self.stat_update("dropped_empty")
                continue
            yield doc

    def _report(self, doc: Any, report: dict[str, Any]) -> None:
        if self.report_key:
            doc.metadata[self.report_key] = report
