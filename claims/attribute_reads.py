"""Plain attribute reads for the models, on CPython 3.11.

pydantic's ``BaseModel`` defines ``__getattr__`` (for private attributes and
``extra="allow"``, neither of which ``claims.model`` uses).  A class with a
``__getattr__`` anywhere in its MRO gets ``slot_tp_getattr_hook`` as its
``tp_getattro`` slot, and CPython 3.11 specialises ``LOAD_ATTR`` only for types
whose slot is ``PyObject_GenericGetAttr``: every ``mention.kind`` then takes the
generic path through the hook, about 360 machine instructions against the 20 or
so of a specialised read (``benchmarks/instructions.py``: 0.5 M of the 17.5 M
per article, in the grammar, the rules and the verdicts).  CPython 3.12
specialises past a ``__getattr__`` (gh-93988), so there is nothing to do there.

``read_fields_directly`` points the slot of the models given back at
``PyObject_GenericGetAttr``.  The hook only ever reached pydantic's
``__getattr__`` for a name that is neither a field nor anything of the class,
and for such a name that raises the same ``AttributeError`` the generic lookup
raises (``'Mention' object has no attribute 'x'``); fields, properties and
methods are found as before.  The slot is written only after checking, on the
running interpreter, that the offset holds the generic function in a plain
class and the hook in a class with ``__getattr__``, and only for models with no
private attributes and no extra fields; otherwise the models are left as they
are (correct, only slower).
"""

from __future__ import annotations

import ctypes
import platform
import sys

from pydantic import BaseModel

_TP_GETATTRO = 18 * ctypes.sizeof(ctypes.c_void_p)
"""Offset of ``tp_getattro`` in ``PyTypeObject``: the object header (reference
count, type, size), then tp_name, tp_basicsize, tp_itemsize, tp_dealloc,
tp_vectorcall_offset, tp_getattr, tp_setattr, tp_as_async, tp_repr,
tp_as_number, tp_as_sequence, tp_as_mapping, tp_hash, tp_call, tp_str."""


def _slot(cls: type) -> int | None:
    return ctypes.c_void_p.from_address(id(cls) + _TP_GETATTRO).value


def _generic_getattr() -> int | None:
    """The address of ``PyObject_GenericGetAttr`` if the slot offset is right."""

    class Plain:
        pass

    class Hooked:
        def __getattr__(self, name: str) -> object:
            raise AttributeError(name)

    generic = ctypes.cast(ctypes.pythonapi.PyObject_GenericGetAttr, ctypes.c_void_p).value
    if generic is None or _slot(Plain) != generic or _slot(Hooked) in (None, generic):
        return None
    return generic


def _needs_the_hook(model: type[BaseModel]) -> bool:
    """Whether pydantic's ``__getattr__`` can answer anything for ``model``."""
    return bool(model.__private_attributes__) or model.model_config.get("extra") == "allow"


def read_fields_directly(*models: type[BaseModel]) -> bool:
    """Give ``models`` the generic attribute lookup; whether it was done."""
    if platform.python_implementation() != "CPython" or sys.version_info[:2] != (3, 11):
        return False
    generic = _generic_getattr()
    if generic is None or any(_needs_the_hook(model) for model in models):
        return False
    for model in models:
        ctypes.c_void_p.from_address(id(model) + _TP_GETATTRO).value = generic
    return True


def reads_fields_directly(model: type) -> bool:
    """Whether ``model``'s attribute reads take the generic (specialisable) lookup."""
    generic = _generic_getattr()
    return generic is not None and _slot(model) == generic
