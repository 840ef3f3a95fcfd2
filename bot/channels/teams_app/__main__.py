"""Build the Teams app package: ``python -m bot.channels.teams_app [--out build/teams-app/kansenbot.zip]``."""
from bot.channels.teams_app.package import main

raise SystemExit(main())
