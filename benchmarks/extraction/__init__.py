"""Quote extraction benchmark: quotecheck against gold quotes, with textacy as a baseline.

Run ``python -m benchmarks.extraction --help``; see ``benchmarks/README.md``.
"""
