/// Placeholder: the query parser lands with the index (issue 4).
enum QueryFuzzTarget {
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {}
}
