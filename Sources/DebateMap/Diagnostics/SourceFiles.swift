import Foundation

/// The names of the files that locations point into, each stored once for the process and
/// known by its number: a `SourceLocation` holds the number, not the name.
///
/// Numbers are never reused or forgotten (a path is a few dozen bytes; a session reads a
/// few thousand files), so equal numbers mean equal names and the other way round.
enum SourceFiles {
    /// The names and their numbers, behind a lock: files are parsed on several threads.
    /// (An `NSLock`, a pthread mutex, which ThreadSanitizer sees; it does not see the futex
    /// under Swift's `Mutex`, and reported the table's accesses as races.)
    private final class Table: @unchecked Sendable {
        let lock = NSLock()
        var names: [String] = []
        var numbers: [String: UInt32] = [:]
    }

    private static let table = Table()

    /// The number of a file's name, given it the first time the name is seen.
    static func number(_ name: String) -> UInt32 {
        table.lock.lock()
        defer { table.lock.unlock() }
        if let number = table.numbers[name] { return number }
        let number = UInt32(table.names.count)
        table.names.append(name)
        table.numbers[name] = number
        return number
    }

    /// The name a number was given for.
    static func name(_ number: UInt32) -> String {
        table.lock.lock()
        defer { table.lock.unlock() }
        return table.names[Int(number)]
    }
}
