"""Running the engines' blocks on a Dask cluster (issue 19: scale out).

The tools cut their work into independent blocks (:mod:`..engine.blocks`) and run them here on
`Dask distributed <https://distributed.dask.org>`_: :mod:`.connect` opens the cluster a CLUSTER
value names, :mod:`.driver` submits the blocks and gathers them as they finish, :mod:`.worker`
holds what runs on a worker (the model cache, cancel, the one-line errors). dask and distributed
are optional: nothing here imports them until a cluster is used.
"""
