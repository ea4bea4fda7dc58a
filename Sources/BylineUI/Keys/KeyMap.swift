/// Which action each key sequence runs in each pane: the action table's defaults plus the
/// user's `bind`/`unbind` lines.
///
/// A binding for a pane wins over a binding that applies everywhere, so `Tab` can follow links
/// in the reader and go forward in lists.
public struct KeyMap: Sendable, Equatable {
    /// Bindings for one pane kind; the nil key holds the ones that apply everywhere.
    private var bindings: [PaneKind?: [KeySequence: Action]] = [:]

    /// The action table's default keys.
    public static let defaults: KeyMap = {
        var map = KeyMap()
        for action in Action.allCases {
            let info = action.info
            for keys in info.keys {
                if info.panes.isEmpty {
                    map.bind(keys, to: action, in: nil)
                } else {
                    for pane in info.panes { map.bind(keys, to: action, in: pane) }
                }
            }
        }
        return map
    }()

    public init() {}

    /// Binds `keys` to `action` in `pane` (nil: everywhere), replacing what was there.
    public mutating func bind(_ keys: KeySequence, to action: Action, in pane: PaneKind?) {
        bindings[pane, default: [:]][keys] = action
    }

    /// Removes `keys` from `pane` (nil: from everywhere and every pane).
    public mutating func unbind(_ keys: KeySequence, in pane: PaneKind?) {
        if let pane {
            bindings[pane]?[keys] = nil
        } else {
            for k in bindings.keys { bindings[k]?[keys] = nil }
        }
    }

    /// The action for a complete sequence in `pane`.
    public func action(for keys: KeySequence, in pane: PaneKind) -> Action? {
        bindings[pane]?[keys] ?? bindings[nil]?[keys]
    }

    /// Whether `keys` starts a longer bound sequence in `pane` (`]` before `]p`).
    public func isPrefix(_ keys: KeySequence, in pane: PaneKind) -> Bool {
        for table in [bindings[pane], bindings[nil]] {
            guard let table else { continue }
            for bound in table.keys where bound.keys.count > keys.keys.count && Array(bound.keys.prefix(keys.keys.count)) == keys.keys {
                return true
            }
        }
        return false
    }

    /// The sequences that run `action` in `pane` (nil: the ones bound everywhere), in a stable order.
    public func keys(for action: Action, in pane: PaneKind?) -> [KeySequence] {
        let found = (bindings[pane] ?? [:]).filter { $0.value == action }.map(\.key)
        let defaults = action.info.keys
        return found.sorted { a, b in
            let ia = defaults.firstIndex(of: a) ?? Int.max, ib = defaults.firstIndex(of: b) ?? Int.max
            return ia != ib ? ia < ib : a.description < b.description
        }
    }

    /// The keys that run `action` when `pane` is focused, pane-specific ones first.
    public func effectiveKeys(for action: Action, in pane: PaneKind) -> [KeySequence] {
        var out = keys(for: action, in: pane)
        for k in keys(for: action, in: nil) where !out.contains(k) && self.action(for: k, in: pane) == action {
            out.append(k)
        }
        return out
    }

    /// Actions with no key anywhere.
    public var unboundActions: [Action] {
        let bound = Set(bindings.values.flatMap(\.values))
        return Action.allCases.filter { !bound.contains($0) }
    }
}
