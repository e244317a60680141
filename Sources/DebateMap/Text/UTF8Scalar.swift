/// One Unicode scalar read from well-formed UTF-8 (a Swift string's bytes, or bytes made
/// from them): its value and how many bytes it takes. For the byte loops that fold text
/// and make ids, which read a scalar wherever a byte is not ASCII.
enum UTF8Scalar {
    /// The scalar that starts at `bytes[k]`, a lead byte of well-formed UTF-8.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int) -> (value: UInt32, length: Int) {
        let b = bytes[k]
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var v = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for m in 1..<length { v = v << 6 | UInt32(bytes[k + m] & 0x3F) }
        return (v, length)
    }
}
