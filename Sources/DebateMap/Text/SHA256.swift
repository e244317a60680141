import Crypto

/// SHA-256 (FIPS 180-4), used to pin each essay text to its map: swift-crypto's, as hex.
public enum SHA256 {
    /// The digest as 64 lowercase hex digits.
    public static func hex<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for b in digest(bytes) {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The 32 bytes of the digest.
    public static func digest<Bytes: Collection>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        if let digest = bytes.withContiguousStorageIfAvailable({ Array(Crypto.SHA256.hash(data: UnsafeRawBufferPointer($0))) }) {
            return digest
        }
        return Array(Crypto.SHA256.hash(data: Array(bytes)))
    }
}
