/**
 * The JVM-testable part of the Android shell of discret.
 *
 * Everything that matters (validation, encryption, network, retries, the
 * event log of a chat) lives in the Rust core and is reached through the
 * generated bindings in `fr.discret.ffi`. This file only turns the core's
 * listener-based subscriptions into Kotlin [Flow]s, and it is kept that thin
 * on purpose: it has no Android SDK dependency, so it is compiled and tested
 * on a plain JVM against the real `libdiscret_ffi`.
 *
 * What the Android app around it must guarantee (none of it can be enforced
 * from here, there is no Android SDK in this module):
 *
 *  - **No content in notifications.** A notification never shows message
 *    text, the category, the operator's name or anything that reveals what
 *    the app is; at most a neutral text chosen by the citizen, and
 *    `VISIBILITY_SECRET` on the lock screen.
 *  - **`FLAG_SECURE` on every window** showing a chat (in practice, every
 *    activity): no screenshots, no screen recording and a blank thumbnail in
 *    the recent-apps screen.
 *  - **No backups.** `android:allowBackup="false"` in the manifest, and
 *    `android:dataExtractionRules` / `android:fullBackupContent` excluding
 *    every domain, so neither cloud backup nor device-to-device transfer
 *    copies the app's private directory (the `dataDir` given to `AppConfig`).
 *  - **No clipboard for message text.** The chat views disable copy, cut and
 *    "share" on messages (the input field included), so nothing a citizen
 *    wrote or read lands in the system clipboard or its history.
 *  - **Resume mode's key store.** If `AppConfig.resume` is on, implement
 *    `fr.discret.ffi.KeyStore` with a non-exportable AES-GCM key in the
 *    Android Keystore (`KeyGenParameterSpec`, StrongBox when available,
 *    `setUnlockedDeviceRequired(true)`): `wrap` encrypts, `unwrap` decrypts,
 *    `forget` deletes the alias. Zero the `ByteArray`s it receives and
 *    returns once used; the JVM heap is outside the core's wipe.
 *  - **PIN entry.** The PIN and duress PIN fields use
 *    `IME_FLAG_NO_PERSONALIZED_LEARNING` and a numeric password input type,
 *    so no keyboard learns them; call `App.unlock` from a coroutine (it takes
 *    a few hundred ms). A `DuressListener` may start a silent alert chat.
 *  - **Quick exit.** The exit button calls [App.quickExit], then leaves the
 *    task (`finishAndRemoveTask()`), so it is gone from recent apps too.
 *  - **Network changes.** A `ConnectivityManager.NetworkCallback` calls
 *    [App.networkChanged] so the core probes and retries sends at once.
 *  - **Lifecycle.** Collect these flows in a scope tied to the screen (for
 *    example `repeatOnLifecycle`): cancelling the collection cancels the
 *    core's subscription.
 */
package fr.discret

import fr.discret.ffi.App
import fr.discret.ffi.Chat
import fr.discret.ffi.ChatEvent
import fr.discret.ffi.ChatListener
import fr.discret.ffi.Connectivity
import fr.discret.ffi.ConnectivityListener
import fr.discret.ffi.TaskHandle
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.channels.awaitClose
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.buffer
import kotlinx.coroutines.flow.callbackFlow

/**
 * The platform's connectivity: the current state first, then every change,
 * until the collection is cancelled (which cancels the core's subscription).
 */
fun App.connectivity(): Flow<Connectivity> = subscriptionFlow { emit ->
    subscribeConnectivity(object : ConnectivityListener {
        override fun onChange(state: Connectivity) = emit(state)
    })
}

/**
 * The chat's events: past events replayed first, then new ones in order,
 * none dropped, until the collection is cancelled (which cancels the core's
 * subscription).
 */
fun Chat.events(): Flow<ChatEvent> = subscriptionFlow { emit ->
    subscribe(object : ChatListener {
        override fun onEvent(event: ChatEvent) = emit(event)
    })
}

/**
 * A cold flow over a core subscription: each collection subscribes, and
 * cancelling the collection cancels the [TaskHandle]. The buffer is
 * unlimited so that a callback from the core (on one of its threads) never
 * blocks and never loses an item; `trySend` only fails once the collection
 * is over, when the item is not wanted any more.
 *
 * The handle's native object is released by the bindings' cleaner once
 * unreachable; `cancel()` is what stops the core's task.
 */
internal fun <T> subscriptionFlow(subscribe: (emit: (T) -> Unit) -> TaskHandle): Flow<T> =
    callbackFlow {
        val handle = subscribe { item -> trySend(item) }
        awaitClose { handle.cancel() }
    }.buffer(Channel.UNLIMITED)
