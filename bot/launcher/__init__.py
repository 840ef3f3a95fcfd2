"""Starting and stopping Kansenbot's two processes (Rasa server + action server): used by `make run`."""
