"""Steps for other data tools, each behind its own extra: ``cleaner.integrations.datatrove``
(``pip install 'clean-article[datatrove]'``) and ``cleaner.integrations.datasets``
(``pip install 'clean-article[datasets]'``). ``import cleaner`` imports none of them."""
