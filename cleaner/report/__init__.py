"""The report: facts extracted from findings, dates, the audit file and the published schema."""
