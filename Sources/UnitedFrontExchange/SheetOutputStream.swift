import Foundation

/// UTF-8 text written to a file handle through a 64 KiB buffer, optionally transcoded to GB18030 on
/// the way: the `OutputStream` that `CSVWriter` writes into, and what JSON export writes to directly.
///
/// `CSVWriter` writes one byte per call; the buffer turns that into one system call per 64 KiB.
/// Call ``finish()`` at the end: it flushes and reports any write error (an `OutputStream` can only
/// answer -1).
///
/// Written to a ``Destination/newFile(_:)``, the file is created with the first bytes that leave the
/// buffer, so that an export refused before its first row (by the register's rules) leaves no file.
///
/// **Threading.** Not `Sendable`: used by one export on one thread.
final class SheetOutputStream: OutputStream {
    /// Where the text goes.
    enum Destination {
        /// An open handle (a file, standard output), from its current position; the caller closes it.
        case handle(FileHandle)
        /// A new file at this place (replacing one that is there), created when the first bytes are
        /// written; the stream closes it.
        case newFile(URL)
    }

    private var handle: FileHandle?
    private let newFile: URL?
    /// Whether the stream created its ``Destination/newFile(_:)``.
    private(set) var createdFile = false
    private let transcoder: IconvTranscoder?
    private var buffer: [UInt8] = []
    private var status: Stream.Status = .notOpen
    /// The first write error, if any.
    private(set) var failure: (any Error)?

    /// Writes to `destination` in `encoding`; a UTF-8 stream starts with a byte order mark when `bom`.
    init(_ destination: Destination, encoding: SheetEncoding, bom: Bool) throws {
        switch destination {
        case .handle(let handle):
            self.handle = handle
            newFile = nil
        case .newFile(let url):
            handle = nil
            newFile = url
        }
        switch encoding {
        case .utf8:
            transcoder = nil
            if bom { buffer = [0xEF, 0xBB, 0xBF] }
        case .gb18030:
            do {
                transcoder = try IconvTranscoder(from: "UTF-8", to: "GB18030")
            } catch {
                throw MemberSheetError.unreadable(path: "(output)", reason: "iconv cannot convert UTF-8 to GB18030")
            }
        }
        buffer.reserveCapacity(1 << 16 + 16)
        super.init(toMemory: ())
    }

    /// Required by `OutputStream`; a stream made this way has nowhere to write and fails every write.
    required init(toMemory: ()) {
        handle = nil
        newFile = nil
        transcoder = nil
        failure = CocoaError(.fileWriteUnknown)
        super.init(toMemory: ())
    }

    override func open() { if status == .notOpen { status = .open } }

    override func close() { if status == .open { status = .closed } }

    override var streamStatus: Stream.Status { status }

    override var streamError: (any Error)? { failure }

    override var hasSpaceAvailable: Bool { failure == nil }

    override func write(_ bytes: UnsafePointer<UInt8>, maxLength length: Int) -> Int {
        guard failure == nil else { return -1 }
        buffer.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length))
        if buffer.count >= 1 << 16 { flush() }
        return failure == nil ? length : -1
    }

    /// Appends UTF-8 text.
    func write(_ text: String) {
        guard failure == nil else { return }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Flushes everything and ends the transcoding.
    /// - Throws: the first write or conversion error.
    func finish() throws {
        flush()
        if failure == nil, let transcoder {
            do {
                try emit(transcoder.finish())
            } catch {
                failure = error
            }
        }
        status = .closed
        closeNewFile()
        if let failure { throw failure }
    }

    deinit { closeNewFile() }

    private func closeNewFile() {
        guard newFile != nil, let handle else { return }
        try? handle.close()
        self.handle = nil
    }

    private func flush() {
        guard failure == nil, !buffer.isEmpty else { return }
        do {
            if let transcoder {
                try emit(buffer.withUnsafeBytes { try transcoder.convert($0) })
            } else {
                try emit(buffer)
            }
        } catch {
            failure = error
        }
        buffer.removeAll(keepingCapacity: true)
    }

    private func emit(_ bytes: [UInt8]) throws {
        guard !bytes.isEmpty else { return }
        if handle == nil, let newFile, !createdFile {
            guard FileManager.default.createFile(atPath: newFile.path, contents: nil),
                let opened = FileHandle(forWritingAtPath: newFile.path)
            else {
                throw MemberSheetError.unreadable(path: newFile.path, reason: "cannot create the file")
            }
            createdFile = true
            handle = opened
        }
        try handle?.write(contentsOf: bytes)
    }
}
