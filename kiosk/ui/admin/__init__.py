"""Admin mode: the PIN pad, then the screens an exhibition editor works in.

Its Python objects are registered for QML like the visitor bridge; they reach content only
through the services handed to them (`ports.py` names what they need), never the store.
"""
