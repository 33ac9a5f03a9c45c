// DiscretKit: the hand-written part of the iOS shell that touches the core.
//
// Everything that matters (validation, encryption, network, retries, a chat's
// event log) lives in the Rust core, reached through the generated bindings
// (module DiscretFFI, re-exported here). This file only turns the core's
// listener subscriptions into AsyncStreams, and stays that thin on purpose.
// async/await is generated already: `App.checkPlatform()`, `App.startChat`,
// `Chat.end()`.
//
// What the iOS app around it must guarantee is listed in README.md (no
// notification content, hidden app-switcher snapshot and screen capture, no
// iCloud backup, no pasteboard for message text, complete data protection,
// a Keychain-backed KeyStore for resume mode, PIN fields no keyboard learns).

@_exported import DiscretFFI

extension App {
    /// The platform's connectivity: the current state first, then every
    /// change. Ending the iteration (or dropping the stream) cancels the
    /// core's subscription.
    public func connectivity() -> AsyncStream<Connectivity> {
        AsyncStream(bufferingPolicy: .unbounded) { continuation in
            let handle = self.subscribeConnectivity(
                listener: ConnectivityStreamListener(continuation: continuation))
            continuation.onTermination = { @Sendable _ in handle.cancel() }
        }
    }
}

extension Chat {
    /// The chat's events: past events replayed first, then new ones in order,
    /// none dropped (unbounded buffer). Ending the iteration (or dropping the
    /// stream) cancels the core's subscription.
    public func events() -> AsyncStream<ChatEvent> {
        AsyncStream(bufferingPolicy: .unbounded) { continuation in
            let handle = self.subscribe(
                listener: ChatEventStreamListener(continuation: continuation))
            continuation.onTermination = { @Sendable _ in handle.cancel() }
        }
    }
}

// The listeners are called on the core's threads; `yield` is safe from any
// thread, and the only stored property is immutable: hence `@unchecked`
// (the generated enums are only declared Sendable with Swift 6 compilers).

/// Forwards the core's connectivity reports to a stream.
final class ConnectivityStreamListener: ConnectivityListener, @unchecked Sendable {
    private let continuation: AsyncStream<Connectivity>.Continuation

    init(continuation: AsyncStream<Connectivity>.Continuation) {
        self.continuation = continuation
    }

    func onChange(state: Connectivity) {
        continuation.yield(state)
    }
}

/// Forwards a chat's events to a stream.
final class ChatEventStreamListener: ChatListener, @unchecked Sendable {
    private let continuation: AsyncStream<ChatEvent>.Continuation

    init(continuation: AsyncStream<ChatEvent>.Continuation) {
        self.continuation = continuation
    }

    func onEvent(event: ChatEvent) {
        continuation.yield(event)
    }
}
