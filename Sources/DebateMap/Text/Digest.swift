import Crypto

/// The SHA-256 that pins each essay text to its map, written as map files record it.
///
/// swift-crypto computes it (on Linux its BoringSSL, which uses the processor's SHA
/// instructions where there are any); this type only decides the text form.
public enum Digest {
    /// The SHA-256 of `bytes` as 64 lowercase hex digits, the form of a map's `sha256:`.
    public static func sha256<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hasher = SHA256()
        let hashed: Void? = bytes.withContiguousStorageIfAvailable { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        if hashed == nil { Array(bytes).withUnsafeBytes { hasher.update(bufferPointer: $0) } }
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in hasher.finalize() {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
