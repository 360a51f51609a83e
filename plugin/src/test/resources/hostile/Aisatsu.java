package com.example.aisatsu;

import java.util.Map;
import java.util.TreeMap;

/** 日本語の識別子とリテラル (Shift_JIS でも UTF-8 でも同じコード). */
public class Aisatsu {
    private final Map<String, Integer> 回数表 = new TreeMap<>();

    public Map<String, Integer> 数える(String 文章) {
        int 位置 = 0;
        while (位置 < 文章.length()) {
            char 字 = 文章.charAt(位置++);
            switch (字) {
                case '、', '。' -> 回数表.merge("句読点", 1, Integer::sum);
                case 'ー' -> 回数表.merge("長音", 1, Integer::sum);
                default -> {
                    if (Character.UnicodeBlock.of(字) == Character.UnicodeBlock.HIRAGANA) {
                        回数表.merge("ひらがな", 1, Integer::sum);
                    } else {
                        回数表.compute("その他", (鍵, 値) -> 値 == null ? 1 : 値 + 1);
                    }
                }
            }
        }
        return 回数表;
    }
}
