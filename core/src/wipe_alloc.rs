//! A global allocator that zeroes every heap block when it is freed (and
//! the old block when one grows), so message text, locations and keys do
//! not linger in freed memory after quick exit. It wraps the system
//! allocator; the library and the apps that embed the core install it:
//!
//! ```ignore
//! #[global_allocator]
//! static ALLOC: discret_core::wipe_alloc::WipeOnFree = discret_core::wipe_alloc::WipeOnFree;
//! ```
//!
//! Cost: one `memset` per free (a realloc becomes allocate, copy, wipe,
//! free). SQLite allocates through libc, not through this allocator; the
//! vault gives it ciphertext only.

use std::alloc::{GlobalAlloc, Layout, System};

pub struct WipeOnFree;

// SAFETY: every method forwards to `System` with the caller's own layout;
// `dealloc` first writes zeroes over the block being freed, which the
// caller owns until the call returns.
unsafe impl GlobalAlloc for WipeOnFree {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as `System.alloc`.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as `System.alloc_zeroed`.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` is a live block of `layout.size()` bytes from this
        // allocator; `black_box` keeps the writes from being elided.
        unsafe {
            std::ptr::write_bytes(ptr, 0, layout.size());
            std::hint::black_box(ptr);
            System.dealloc(ptr, layout)
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees `layout` describes `ptr` and that
        // `new_size` is valid for its alignment.
        unsafe {
            let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
            let new = System.alloc(new_layout);
            if !new.is_null() {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            new
        }
    }
}
