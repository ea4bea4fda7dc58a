import Foundation

/// A 64-bit FNV-1a hash of a file's bytes: enough to tell an edited file from an untouched one
/// whose modification time changed, and to recognise a renamed file. Not for security.
public enum ContentHash {
    public static func of(_ data: Data) -> Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { raw in
            for byte in raw.bindMemory(to: UInt8.self) {
                h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        return Int64(bitPattern: h)
    }
}
