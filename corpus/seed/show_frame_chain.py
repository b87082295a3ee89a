# The article's frame-chain walk: sys._getframe and f_back from show_frame_chain up to <module>.
import sys

def show_frame_chain():
    frame = sys._getframe()
    depth = 0
    while frame is not None:
        filename = frame.f_code.co_filename.rsplit("/", 1)[-1]
        print(f" {' ' * depth}{frame.f_code.co_name} "
              f"(line {frame.f_lineno}, {filename})")
        frame = frame.f_back
        depth += 1

def outer():
    def inner():
        show_frame_chain()
    inner()

outer()
