package org.innopark.engine.registry;

/** 分园: one of the sub-parks of a park (一区多园). */
public record SubPark(String code, String parkCode, String name) {

    public SubPark {
        code = ParkCode.check(code);
        parkCode = ParkCode.check(parkCode);
        name = Require.text(name, "分园名称", "sub-park name", 100);
    }
}
