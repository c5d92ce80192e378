"""``make bench`` (``python -m benchmarks``): the performance budgets of DESIGN.md, measured.

Each figure prints one line, ``name value unit`` (``member_search_p95_ms 4.2 ms``), after the
lines giving the data size (``data_members 100000``). Figures that need data run against a
benchmark database of 100,000 demo members, generated once into its own embedded cluster under
``.bench/`` (gitignored) and reused until the schema head or the generator changes.

Adding a figure is one function in a ``benchmarks/bench_*.py`` module (found automatically)::

    from benchmarks.registry import Bench, figure

    @figure("checkin_p95_ms", "ms", budget=15)
    def checkin_p95(bench: Bench) -> float:
        ...  # bench.admin() / bench.actor("RECEPTION"), bench.url, bench.members
        return p95(timings)

A figure returns its value, or a list of ``(name, value, unit)`` lines for several at once;
``database=False`` figures (PDF rendering, say) run without the benchmark database.

    python -m benchmarks                      every figure
    python -m benchmarks member_search_p95_ms cold_start_to_login_s
    python -m benchmarks --list               the figures and their budgets
    python -m benchmarks --regenerate         rebuild the benchmark data first
    python -m benchmarks --members 5000       a smaller (separate) data set, for a quick look
"""
