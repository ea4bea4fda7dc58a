import Foundation

/// Byte scans over the contents of a script or style element, for `LibXML2`'s shortcut
/// through them (see `LibXML2.skipRawText`).
enum RawText {
    /// The offset in `bytes` of the first `</` followed by `name` in any case (`</SCRIPT`,
    /// also `</scripts`, as libxml2 matches it), or nil when there is none.
    static func endTag(named name: UnsafePointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let nameLength = strlen(name)
        guard let base = bytes.baseAddress, bytes.count >= 2 + nameLength else { return nil }
        var offset = 0
        let last = bytes.count - 2 - nameLength
        while offset <= last {
            guard let found = memchr(base + offset, 0x3C, last - offset + 1) else { return nil }
            let at = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if base[at + 1] == 0x2F, strncasecmp(UnsafeRawPointer(base + at + 2).assumingMemoryBound(to: CChar.self),
                                                 UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), nameLength) == 0 {
                return at
            }
            offset = at + 1
        }
        return nil
    }

    /// Whether libxml2's HTML parser would copy `bytes` into a text node unchanged: valid
    /// UTF-8 with no control character but tab, line feed and carriage return, and neither
    /// U+FFFE nor U+FFFF (which it drops). A NUL byte stops its copying, so none either.
    static func isCopiedAsItIs(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var wide = false
        var index = 0
        while index < bytes.count {
            // Eight bytes at a time where they are all printable ASCII, the bulk of any script.
            if index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080
                // A byte below 0x20 sets its top bit in the first; one from 0x80 in the second.
                if (word &- 0x2020_2020_2020_2020) & ~word & high == 0, word & high == 0 {
                    index += 8
                    continue
                }
            }
            let end = min(index + 8, bytes.count)
            while index < end {
                let byte = bytes[index]
                if byte < 0x20 {
                    guard byte == 0x09 || byte == 0x0A || byte == 0x0D else { return false }
                } else if byte >= 0x80 {
                    wide = true
                    // U+FFFE and U+FFFF (0xEF is only ever a lead byte in valid UTF-8).
                    if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return false }
                }
                index += 1
            }
        }
        return !wide || String(validating: bytes, as: UTF8.self) != nil
    }
}
