window.ran = true
