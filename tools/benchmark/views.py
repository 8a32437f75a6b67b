"""Finding the interactive views and their controls, headlessly (shared by ``widgets`` and ``large``).

The views are the public classes of ``helpers`` defined in ``helpers.views`` (whatever module of
that package holds them). A control is a widget whose value some code of the view observes, or a
button with a click handler; sub-views (a view held by another, as in the Dashboard) are searched
too.
"""

from __future__ import annotations

import inspect

#: Search words typed into text boxes, alternated.
TEXT_VALUES = ("Russia", "sanction*", "EU", "Vučić", "China", "protest*")


def view_classes() -> dict[str, type]:
    """Public view classes: name -> class, in the order ``helpers`` lists them."""
    import helpers

    out = {}
    for name, module in helpers._LAZY.items():
        if module.startswith("views.") and name[:1].isupper():
            cls = getattr(helpers, name)
            if isinstance(cls, type):
                out[name] = cls
    return out


def view_base(cls: type) -> type:
    """The most general class of ``helpers.views`` that ``cls`` derives from (the views' base)."""
    bases = [c for c in cls.__mro__ if c.__module__.startswith("helpers.views")]
    return bases[-1] if bases else cls


def build_kwargs(cls: type, folder, work_folder) -> tuple[dict, list[str]]:
    """Keyword arguments that point a view at the corpus in ``folder`` (None: the shipped corpus)
    and, for a view that saves a student's work, at ``work_folder``; and the names of required
    arguments the benchmark cannot give."""
    params = inspect.signature(cls).parameters
    kwargs = {}
    if "corpus_folder" in params:  # "folder" is where the student's work is saved
        kwargs["folder"] = str(work_folder)
        if folder is not None:
            kwargs["corpus_folder"] = str(folder)
    elif folder is not None and "folder" in params:
        kwargs["folder"] = str(folder)
    required = [p for p, v in params.items() if v.default is inspect.Parameter.empty
                and v.kind in (v.POSITIONAL_OR_KEYWORD, v.KEYWORD_ONLY) and p not in kwargs]
    return kwargs, required


def _choice_values(ctrl, cur):
    import ipywidgets as W

    if isinstance(ctrl, W.SelectionRangeSlider):
        vals = list(ctrl._options_values)
        n = len(vals)
        if n < 2:
            return []
        cand = [(vals[0], vals[n // 2]), (vals[n // 2], vals[-1]), (vals[n // 4], vals[(3 * n) // 4])]
        return [c for c in cand if c != cur] + [cur]
    if isinstance(ctrl, W.SelectMultiple):
        vals = list(ctrl._options_values)
        cand = [tuple(vals[:1]), tuple(vals[: max(1, len(vals) // 2)]), tuple(vals)]
        return [c for c in dict.fromkeys(cand) if c != tuple(cur)] + [cur]
    vals = [v for v in ctrl._options_values if v != cur]  # Dropdown, Select, RadioButtons, ToggleButtons
    if not vals:
        return []
    step = max(1, len(vals) // 3)
    return vals[::step][:3] + [cur]


def _number_values(ctrl, cur):
    import ipywidgets as W

    lo, hi = ctrl.min, ctrl.max
    if isinstance(ctrl, (W.IntRangeSlider, W.FloatRangeSlider)):
        mid = type(lo)((lo + hi) / 2) if isinstance(ctrl, W.FloatRangeSlider) else (lo + hi) // 2
        return [c for c in [(lo, mid), (mid, hi)] if c != tuple(cur)] + [cur]
    mid = (lo + hi) / 2 if isinstance(cur, float) else (lo + hi) // 2
    return [c for c in dict.fromkeys([lo, mid, hi]) if c != cur] + [cur]


def control_values(ctrl) -> list:
    """A few values to alternate between for one control (the current value comes back last)."""
    import ipywidgets as W

    cur = ctrl.value
    if isinstance(ctrl, (W.Checkbox, W.ToggleButton)):
        return [not cur, cur]
    if hasattr(ctrl, "_options_values"):
        return _choice_values(ctrl, cur)
    if isinstance(ctrl, (W.IntRangeSlider, W.FloatRangeSlider, W.IntSlider, W.FloatSlider,
                         W.BoundedIntText, W.BoundedFloatText)):
        return _number_values(ctrl, cur)
    if isinstance(ctrl, (W.Text, W.Textarea, W.Combobox)):
        cur = cur or ""
        if "\n" in cur or len(cur) > 40:  # an editable list (e.g. a dictionary): add a line, remove it
            return [cur.rstrip("\n") + "\nbenchmark", cur]
        return [v for v in TEXT_VALUES if v != cur][:4] + [cur]
    return []


def _has_observer(ctrl) -> bool:
    """True if code outside ipywidgets observes the control's value (its own handlers do not count)."""
    from traitlets import All, ObserveHandler

    notifiers = getattr(ctrl, "_trait_notifiers", {})
    handlers = [h for name in ("value", "index", "label", All)
                for h in notifiers.get(name, {}).get("change", [])]
    return any(not isinstance(h, ObserveHandler) for h in handlers)


def _candidates(name, val):
    """(label, widget) pairs for one attribute: the widget, the ends of a list or a dict's first value."""
    import ipywidgets as W

    if isinstance(val, (list, tuple)) and val and all(isinstance(v, W.Widget) for v in val):
        return [(f"{name}[0]", val[0])] + ([(f"{name}[-1]", val[-1])] if len(val) > 1 else [])
    if isinstance(val, dict) and val and all(isinstance(v, W.Widget) for v in val.values()):
        key = next(iter(val))
        return [(f"{name}[{key!r}]", val[key])]
    return [(name, val)]


def _is_control(w) -> bool:
    import ipywidgets as W

    if isinstance(w, W.Button):
        return bool(w._click_handlers.callbacks)
    return isinstance(w, W.ValueWidget) and _has_observer(w)


def controls(view, prefix: str = "", base: type | None = None, seen: set | None = None) -> list:
    """(name, widget) for every interactive control of a view (recursing into sub-views)."""
    base = base or view_base(type(view))
    seen = set() if seen is None else seen
    out = []
    for name, val in vars(view).items():
        if name.startswith("_") and not isinstance(val, base):
            continue
        for label, w in _candidates(name, val):
            if isinstance(w, base) and w is not view:
                out += controls(w, prefix=f"{prefix}{label}.", base=base, seen=seen)
            elif id(w) not in seen and _is_control(w):
                seen.add(id(w))
                out.append((prefix + label, w))
    return out


def preset_search(ctrls) -> str:
    """Type a word into empty search boxes, as a user would first; returns what was set."""
    done = ""
    for cname, ctrl in ctrls:
        if type(ctrl).__name__ in ("Text", "Combobox") and not str(ctrl.value).strip():
            ctrl.value = TEXT_VALUES[0]
            done = f"{cname} = {TEXT_VALUES[0]!r}"
    return done


def html_stats(view) -> tuple[float, bool]:
    """Size (KB, UTF-8) of the largest HTML value a view (or a sub-view) shows, and whether one of
    them holds the note a view shows when it cut its HTML to its size cap (``class='bew-capped'``)."""
    import ipywidgets as W

    sizes, capped = [0], False
    todo, seen = [view.widget], set()
    while todo:
        w = todo.pop()
        if id(w) in seen:
            continue
        seen.add(id(w))
        if isinstance(w, (W.HTML, W.HTMLMath)):
            value = str(w.value)
            sizes.append(len(value.encode("utf-8")))
            capped = capped or "class='bew-capped'" in value
        todo.extend(c for c in getattr(w, "children", ()) if isinstance(c, W.Widget))
    return max(sizes) / 1024, capped
