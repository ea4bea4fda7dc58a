/// A name found in a text: its kind and where it is, in Unicode-scalar offsets.
public struct EntitySpan: Sendable, Equatable, Hashable {
    public var kind: Entity.Kind
    /// Offset of the first scalar of the name.
    public var start: Int
    /// Offset just past the name's last scalar.
    public var end: Int
    /// The name as written.
    public var text: String

    public init(kind: Entity.Kind, start: Int, end: Int, text: String) {
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
    }
}
