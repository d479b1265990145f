#!/usr/bin/env bash
# Draws packaging/butler-browser.png, the app's icon, with ImageMagick: a registry (a database
# drum) under a starry sky, wearing a butler's bow tie. The PNG is committed; run this only to
# change it.
set -euo pipefail
cd "$(dirname "$0")"
S=4  # draw at 4x and scale down, for smooth edges

convert -size $((256 * S))x$((256 * S)) gradient:'#0a1633-#23497f' \
    \( -size $((256 * S))x$((256 * S)) xc:none -fill white \
       -draw "roundrectangle $((8 * S)),$((8 * S)) $((248 * S)),$((248 * S)) $((44 * S)),$((44 * S))" \) \
    -compose DstIn -composite -compose Over \
    -fill white \
    -draw "circle $((48 * S)),$((52 * S)) $((48 * S)),$((55 * S))" \
    -draw "circle $((92 * S)),$((34 * S)) $((92 * S)),$((36 * S))" \
    -draw "circle $((204 * S)),$((46 * S)) $((204 * S)),$((49 * S))" \
    -draw "circle $((172 * S)),$((74 * S)) $((172 * S)),$((76 * S))" \
    -draw "circle $((36 * S)),$((104 * S)) $((36 * S)),$((106 * S))" \
    -draw "circle $((222 * S)),$((112 * S)) $((222 * S)),$((114 * S))" \
    -fill '#ffd75e' \
    -draw "polygon $((128 * S)),$((24 * S)) $((133 * S)),$((41 * S)) $((150 * S)),$((46 * S)) $((133 * S)),$((51 * S)) $((128 * S)),$((68 * S)) $((123 * S)),$((51 * S)) $((106 * S)),$((46 * S)) $((123 * S)),$((41 * S))" \
    -stroke '#7f9cc6' -strokewidth $((3 * S)) -fill '#dfe8f6' \
    -draw "ellipse $((128 * S)),$((200 * S)) $((64 * S)),$((20 * S)) 0,180" \
    -stroke none \
    -draw "rectangle $((64 * S)),$((100 * S)) $((192 * S)),$((200 * S))" \
    -stroke '#7f9cc6' -fill none \
    -draw "line $((64 * S)),$((100 * S)) $((64 * S)),$((200 * S))" \
    -draw "line $((192 * S)),$((100 * S)) $((192 * S)),$((200 * S))" \
    -draw "ellipse $((128 * S)),$((134 * S)) $((64 * S)),$((20 * S)) 0,180" \
    -draw "ellipse $((128 * S)),$((167 * S)) $((64 * S)),$((20 * S)) 0,180" \
    -fill '#f4f8fe' \
    -draw "ellipse $((128 * S)),$((100 * S)) $((64 * S)),$((20 * S)) 0,360" \
    -stroke none -fill '#1b1b1f' \
    -draw "polygon $((98 * S)),$((124 * S)) $((124 * S)),$((133 * S)) $((124 * S)),$((141 * S)) $((98 * S)),$((150 * S))" \
    -draw "polygon $((158 * S)),$((124 * S)) $((132 * S)),$((133 * S)) $((132 * S)),$((141 * S)) $((158 * S)),$((150 * S))" \
    -fill '#34343c' \
    -draw "roundrectangle $((121 * S)),$((129 * S)) $((135 * S)),$((145 * S)) $((4 * S)),$((4 * S))" \
    -resize 256x256 -depth 8 -strip butler-browser.png
