import Foundation

/// Unicode-scalar views of text worked straight from its UTF-8 bytes.
///
/// Offsets across Byline count Unicode scalars, so readers, recognition and the index keep
/// turning text into scalars and back. `String.unicodeScalars` does that one scalar at a time
/// through index arithmetic; these walk the bytes of a native string, which is several times
/// faster, and give the same scalars, counts and strings.
public enum ScalarText {
    /// The scalars of `text`: `Array(text.unicodeScalars)`.
    public static func scalars(of text: String) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: text.utf8.count) { buffer, count in
            count = decode(text, into: buffer, at: 0)
        }
    }

    /// Writes the scalars of `text` into `buffer` from index `start`, which must leave room for
    /// `text.utf8.count` of them (a scalar takes at least one byte); returns how many it wrote.
    static func decode(_ text: String, into buffer: UnsafeMutableBufferPointer<Unicode.Scalar>, at start: Int) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0, out = start
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    buffer[out] = Unicode.Scalar(b)
                    i += 1
                } else {
                    let (scalar, length) = decode(bytes, at: i)
                    buffer[out] = scalar
                    i += length
                }
                out += 1
            }
            return out - start
        }
    }

    /// The scalar whose UTF-8 starts at byte `i` of valid UTF-8 (a Swift string's), and its
    /// length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b = bytes[i]
        if b < 0x80 { return (Unicode.Scalar(b), 1) }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length where i + k < bytes.count { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// `text.unicodeScalars.count`: every byte but a continuation byte starts a scalar.
    public static func count(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var continuations = 0
            for b in bytes where b & 0xC0 == 0x80 { continuations += 1 }
            return bytes.count - continuations
        }
    }

    /// The string of `scalars`: `String(String.UnicodeScalarView(scalars))`, encoded in one
    /// buffer rather than appended scalar by scalar.
    public static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var length = 0
        for s in scalars { length += UTF8.width(s) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var i = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    buffer[i] = UInt8(v)
                    i += 1
                } else {
                    UTF8.encode(s) { byte in
                        buffer[i] = byte
                        i += 1
                    }
                }
            }
            return i
        }
    }

    /// Whether `text` holds a NUL, without walking it through `String.UTF8View` one byte at a time.
    public static func containsNUL(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0, bytes.count) != nil
        }
    }
}
