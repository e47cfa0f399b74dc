"""Speed and memory measurements: `make bench` (python -m bench.run).

Targets are checked here, never by timed assertions in tests. `bench.run` builds (or, with
``--reuse``, reopens) a register of demo data and prints one table; every row comes from a
function in ``bench.run.ROWS``. To add a measurement, write ``def my_rows(ctx: Context) ->
list[Row]`` (in its own module if it is large) and append it to ``ROWS``.
"""
