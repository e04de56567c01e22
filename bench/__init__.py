"""Benchmarks of the Coopkracht site: `make bench` (not part of `make test`).

`python -m bench.run` starts its own PostgreSQL and search engine, fills them with
generated data, serves the site with gunicorn on loopback and measures guide
search, page throughput, SQL queries, memory and bulk work. Results go to
`bench/results/`.
"""
