/// Collects a count prefix and multi-key sequences before they become an action.
///
///     12j      → down, count 12
///     ]p       → next-person (after `]` it waits for the next key)
///     Ctrl-W h → focus-left
public struct KeyInput: Sendable, Equatable {
    public private(set) var count: Int?
    public private(set) var pending: [Key] = []

    public init() {}

    public enum Outcome: Sendable, Equatable {
        /// More keys are needed.
        case waiting
        case action(Action, count: Int?)
        /// The keys run nothing in this pane.
        case unbound(KeySequence)
        /// Esc dropped a count or a half-typed sequence.
        case cancelled
    }

    /// What is typed so far, for the status line (`12`, `]`, `Ctrl-W`).
    public var display: String {
        (count.map(String.init) ?? "") + (pending.isEmpty ? "" : KeySequence(pending).description)
    }

    public var isEmpty: Bool { count == nil && pending.isEmpty }

    public mutating func reset() {
        count = nil
        pending = []
    }

    public mutating func feed(_ key: Key, map: KeyMap, pane: PaneKind) -> Outcome {
        if key == .escape, !isEmpty {
            reset()
            return .cancelled
        }
        if pending.isEmpty, case .char(let c) = key, let digit = c.wholeNumberValue, c.isASCII, digit > 0 || count != nil {
            count = min((count ?? 0) * 10 + digit, 999_999)
            return .waiting
        }
        let sequence = KeySequence(pending + [key])
        if let action = map.action(for: sequence, in: pane) {
            let n = count
            reset()
            return .action(action, count: n)
        }
        if map.isPrefix(sequence, in: pane) {
            pending = sequence.keys
            return .waiting
        }
        reset()
        return .unbound(sequence)
    }
}
