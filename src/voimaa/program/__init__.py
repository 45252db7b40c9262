"""The 8-session program of a group: one package, four parts.

- :mod:`~voimaa.program.templates`: the bundled default program, templates saved by users and
  filling sessions from a template.
- :mod:`~voimaa.program.schedule`: weekly dates and date flags (pure).
- :mod:`~voimaa.program.view`: the read model (:class:`ProgramView`, :class:`SessionInfo`).
- :mod:`~voimaa.program.editing`: changing sessions, parts and links through typed edit objects
  (:class:`SessionEdit`, :class:`PartEdit`).

The names callers use are re-exported here (``from voimaa import program``). The submodules
import each other directly, never through this package.
"""

from __future__ import annotations

from voimaa.program.editing import (
    FORMS,
    UNCHANGED,
    PartEdit,
    SessionEdit,
    Unchanged,
    add_link,
    add_part,
    move_part,
    move_session,
    remove_link,
    remove_part,
    reorder_parts,
    reschedule,
    restore_session,
    set_session_date,
    update_part,
    update_session,
)
from voimaa.program.schedule import (
    SESSION_COUNT,
    ScheduledDate,
    date_flags,
    preview_schedule,
    schedule_dates,
)
from voimaa.program.templates import (
    DEFAULT_SESSION_MINUTES,
    PartTemplate,
    ProgramTemplateData,
    SessionTemplate,
    TemplateSummary,
    build_sessions,
    default_template,
    delete_template,
    fill_session,
    list_templates,
    load_template,
    materials_for,
    parse_template,
    save_as_template,
    scale_minutes,
    switch_materials,
    template_content,
)
from voimaa.program.view import (
    LeaderInfo,
    LinkInfo,
    PartInfo,
    ProgramView,
    SessionInfo,
    VisitorInfo,
    get_program,
    get_session,
)

__all__ = [
    "DEFAULT_SESSION_MINUTES",
    "FORMS",
    "SESSION_COUNT",
    "UNCHANGED",
    "LeaderInfo",
    "LinkInfo",
    "PartEdit",
    "PartInfo",
    "PartTemplate",
    "ProgramTemplateData",
    "ProgramView",
    "ScheduledDate",
    "SessionEdit",
    "SessionInfo",
    "SessionTemplate",
    "TemplateSummary",
    "Unchanged",
    "VisitorInfo",
    "add_link",
    "add_part",
    "build_sessions",
    "date_flags",
    "default_template",
    "delete_template",
    "fill_session",
    "get_program",
    "get_session",
    "list_templates",
    "load_template",
    "materials_for",
    "move_part",
    "move_session",
    "parse_template",
    "preview_schedule",
    "remove_link",
    "remove_part",
    "reorder_parts",
    "reschedule",
    "restore_session",
    "save_as_template",
    "scale_minutes",
    "schedule_dates",
    "set_session_date",
    "switch_materials",
    "template_content",
    "update_part",
    "update_session",
]
