"""In-process throughput of ``Cleaner.clean``: CPU seconds over bench documents not seen
before in the process (20 warm-up documents first, generated apart from the timed ones, so
per-process tables do not see the timed documents twice), as MB/s of input text.

To compare two trees, run them in turn on the same machine and compare the ratio (absolute
figures swing with the load), each with its ``cleaner/`` first on the path:

    PYTHONPATH=/tmp/base python bench/inprocess.py --docs 400 --seed 31
    PYTHONPATH=/tmp/tip python bench/inprocess.py --docs 400 --seed 31

The first line says which ``cleaner`` ran (a compiled build names its extension modules).
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import article  # the bench corpus's generator


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=400, help="documents timed")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    import cleaner.pipeline
    from cleaner import Cleaner

    rng = random.Random(args.seed)
    warm = [article(rng, i) for i in range(20)]
    texts = [article(rng, 1000 + i) for i in range(args.docs)]
    size = sum(len(t.encode()) for t in texts)
    c = Cleaner()
    for text in warm:
        c.clean(text)
    start = time.process_time()
    for text in texts:
        c.clean(text)
    seconds = time.process_time() - start
    print(cleaner.pipeline.__file__)
    print(
        f"docs={args.docs} MB={size / 1e6:.2f} cpu={seconds:.3f}s MB/s={size / 1e6 / seconds:.2f}"
    )


if __name__ == "__main__":
    main()
