/// Placeholder for the screen model (issue 5).
public struct ScreenGrid: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}
