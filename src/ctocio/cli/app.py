"""The whole command line: the app with every command declared.

For help, completion and the generated reference. A run of one command imports only that
command's module (see :data:`ctocio.cli.shared.COMMAND_MODULES`).
"""

import importlib

from ctocio.cli.shared import COMMAND_MODULES, app, command_name

for _module in dict.fromkeys(COMMAND_MODULES.values()):
    importlib.import_module(_module)  # each registers its commands on the app
# --help lists them in one order, whichever command a process ran first.
app.registered_commands.sort(key=lambda info: list(COMMAND_MODULES).index(command_name(info) or ""))

__all__ = ["app"]
