"""Bridges to engines that run newsmodel beyond one machine; each needs its optional extra.

* :mod:`newsmodel.integrations.dask`: Dask bags and DataFrames (``pip install 'newsmodel[dask]'``).
"""
