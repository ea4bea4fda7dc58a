/// Unsigned numbers in as few bytes as they need: seven bits a byte, low bits first, the high
/// bit set on every byte but the last (the LEB128 form). Numbers below 128 take one byte, below
/// 16,384 two. The packed columns (`MentionList`, `ReportEntities`) hold mostly small numbers.
enum Varint {
    /// Appends `value` to `bytes`.
    @inline(__always)
    static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// The number at `offset` in `bytes`, moving `offset` past it; nil when the bytes end
    /// inside it or it has more than 64 bits.
    @inline(__always)
    static func read(_ bytes: UnsafeRawBufferPointer, at offset: inout Int) -> UInt64? {
        var value: UInt64 = 0, shift: UInt64 = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            guard shift < 64 else { return nil }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }
}
