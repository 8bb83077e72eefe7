"""Union-find over string ids: connected components that do not depend on the order of edges."""

from __future__ import annotations

from collections.abc import Iterable


class Groups:
    def __init__(self, items: Iterable[str] = ()):
        self._parent: dict[str, str] = {}
        for item in items:
            self.add(item)

    def add(self, item: str) -> None:
        self._parent.setdefault(item, item)

    def find(self, item: str) -> str:
        self.add(item)
        root = item
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[item] != root:
            self._parent[item], item = root, self._parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller id becomes the root, so roots do not depend on the order of unions
            low, high = sorted((ra, rb))
            self._parent[high] = low

    def components(self) -> list[list[str]]:
        """Every group as a sorted list, the groups sorted by their first member."""
        out: dict[str, list[str]] = {}
        for item in self._parent:
            out.setdefault(self.find(item), []).append(item)
        return sorted((sorted(members) for members in out.values()), key=lambda m: m[0])
