"""Kansenbot's input channels: Teams (pseudonymised), socket.io with the web widget, and REST.

Every channel passes user text through ``bot.privacy.scrubber.scrub_text`` and stores only the
whitelisted metadata of ``bot.channels.metadata`` before a message enters Rasa.
"""
