"""``python -m helpers`` prints the environment check (OK, WARN or FAIL per package and the corpus)."""

from helpers.exercises.envcheck import main

raise SystemExit(main())
