"""Use cases, one module per area: the only code that touches ``db.session``.

Each takes ``now`` where time matters. Views parse the request, call one
service, and render.
"""
